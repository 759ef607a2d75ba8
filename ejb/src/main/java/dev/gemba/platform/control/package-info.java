/** Start-up work of the application: schema migration, settings and input validation. */
package dev.gemba.platform.control;
