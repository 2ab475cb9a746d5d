/**
 * Errors a user can act on: one exception type whose kind maps to a CLI exit code and an HTTP
 * status.
 */
package io.reposignal.error;
