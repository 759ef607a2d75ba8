/** Imports as stored: the file's import with its progress, and its refused rows. */
package dev.gemba.importing.entity;
