/** REST resource for administering users and their roles. */
package dev.gemba.security.rest;
