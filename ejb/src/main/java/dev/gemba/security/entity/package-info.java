/** Users, their hashed credentials and their roles. */
package dev.gemba.security.entity;
