/** The import batch job (reader, processor, writer, listener), staged files and the mapping suggestion. */
package dev.gemba.importing.control;
