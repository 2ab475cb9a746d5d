package io.reposignal.cli;

import picocli.CommandLine.Command;

/** {@code reposignal ingest}: the group of ingest commands, one per input format. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests input files into the database. Each file is ingested exactly once: re-running is a"
          + " no-op, and a crash part-way leaves nothing half-written."
    },
    subcommands = {IngestRankingsCommand.class, IngestGharchiveCommand.class})
final class IngestCommand {}
