/** MicroProfile Health checks, packaged as an EAR library (see DatabaseReadinessCheck). */
package dev.gemba.platform.health;
