/**
 * Start-up wiring above the features: migrate the schema, seed vocabularies, ensure an
 * administrator or load the demo data. Singletons that must start later depend on its
 * {@code ApplicationStartup} by name.
 */
package dev.gemba.startup;
