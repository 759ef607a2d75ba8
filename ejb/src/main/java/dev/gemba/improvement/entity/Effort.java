package dev.gemba.improvement.entity;

/** T-shirt size of the work; {@link #points()} is the divisor of the priority score. */
public enum Effort {
    S(1),
    M(2),
    L(3),
    XL(5);

    private final int points;

    Effort(int points) {
        this.points = points;
    }

    public int points() {
        return points;
    }
}
