package io.reposignal.cli;

import io.reposignal.store.Store;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** What every command needs from the root command: the database it works on. */
final class Commands {
  private Commands() {}

  static Path database(CommandSpec spec) {
    return ((Main) spec.root().userObject()).database();
  }

  /** Opens the store for reading and writing (creating it when absent). */
  static Store openStore(CommandSpec spec) {
    return Store.open(database(spec));
  }
}
