/**
 * Fixtures shared by the integration tests of every feature (deployments, REST and browser
 * clients, the browser-test base, run-as helpers, servers of their own); the tests themselves sit
 * in one package per feature, as the main code does.
 */
package dev.gemba.it;
