package io.reposignal.cli;

import picocli.CommandLine.Command;

/** {@code reposignal fetch}: the group of download commands, one per public source. */
@Command(
    name = "fetch",
    mixinStandardHelpOptions = true,
    description = {
      "Downloads input files from their public sources, resumably and with retries. Days or hours"
          + " the source does not have are recorded as missing."
    },
    subcommands = {FetchRankingsCommand.class, FetchGhArchiveCommand.class})
final class FetchCommand {}
