/** Password hashing, user storage and the first administrator. */
package dev.gemba.security.control;
