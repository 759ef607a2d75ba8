/**
 * The demo data set (users, catalog, touchpoints, surveys), loaded in demo mode. It sits above the
 * features and uses them; no feature and nothing in {@code platform} depends on it.
 */
package dev.gemba.demo;
