/** Cross-cutting application services and the exceptions and paging types every feature's boundary uses. */
package dev.gemba.platform.boundary;
