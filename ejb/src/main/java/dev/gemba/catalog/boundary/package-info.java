/** Use cases of the service catalog and the records they exchange with callers. */
package dev.gemba.catalog.boundary;
