package io.reposignal.cli;

import picocli.CommandLine.Command;

/** {@code reposignal import}: the group of commands that load another tool's output. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Loads the output of another RepoSignal tool into the database, exactly once: importing the"
          + " same output again is a no-op."
    },
    subcommands = {ImportParquetCommand.class})
final class ImportCommand {}
