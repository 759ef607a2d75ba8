/** The REST API's application class and the single translation of errors into RFC 9457 problem details. */
package dev.gemba.platform.rest;
