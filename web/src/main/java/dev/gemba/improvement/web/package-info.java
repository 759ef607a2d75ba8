/** The CSI register's pages: the register, an item with its workflow and outcome, the proposal form. */
package dev.gemba.improvement.web;
