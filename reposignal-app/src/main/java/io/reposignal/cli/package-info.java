/**
 * The command line: thin picocli commands that parse options, call one service and report what they
 * did. With {@code --json} a command writes only JSON to standard output; logs and progress go to
 * standard error.
 */
package io.reposignal.cli;
