package dev.gemba.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay in front of the database, for taking it away from a server as an outage or a
 * restart of PostgreSQL would: {@link #cut()} drops every open connection and refuses new ones,
 * {@link #restore()} accepts them again on the same port.
 */
public final class DatabaseProxy implements AutoCloseable {

    private final String host;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;
    private int port;

    public DatabaseProxy(String host, int targetPort) throws IOException {
        this.host = host;
        this.targetPort = targetPort;
        restore();
    }

    public int port() {
        return port;
    }

    public synchronized void restore() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress("127.0.0.1", port));
        port = socket.getLocalPort();
        listener = socket;
        Thread accepting = new Thread(() -> accept(socket), "database-proxy-" + port);
        accepting.setDaemon(true);
        accepting.start();
    }

    public synchronized void cut() throws IOException {
        listener.close();
        for (Socket socket : sockets) {
            socket.close();
        }
        sockets.clear();
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket database = new Socket(host, targetPort);
                sockets.add(client);
                sockets.add(database);
                relay(client, database);
                relay(database, client);
            } catch (IOException e) {
                // closed by cut(), or the database refused: the client sees its connection fail
            }
        }
    }

    private void relay(Socket from, Socket to) {
        Thread thread = new Thread(
                () -> {
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        in.transferTo(out);
                    } catch (IOException e) {
                        // one side closed
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                    }
                },
                "database-proxy-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
