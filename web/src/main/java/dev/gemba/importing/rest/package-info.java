/** The import API, /api/v1/imports: one shape for every kind of rows. */
package dev.gemba.importing.rest;
