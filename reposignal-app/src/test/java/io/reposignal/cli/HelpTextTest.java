package io.reposignal.cli;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

final class HelpTextTest {
  @Test
  void everyHelpText_isAValidFormatString() {
    // picocli runs help texts through String.format: a bare percent sign ("40% velocity") fails
    // there, and --help then prints a warning and the raw text.
    for (CommandSpec command : commands(Main.commandLine().getCommandSpec())) {
      List<String> texts = new ArrayList<>();
      texts.addAll(List.of(command.usageMessage().description()));
      texts.addAll(List.of(command.usageMessage().header()));
      texts.addAll(List.of(command.usageMessage().footer()));
      for (ArgSpec arg : command.args()) {
        texts.addAll(List.of(arg.description()));
      }
      for (String text : texts) {
        assertThatCode(() -> String.format(Locale.ROOT, text))
            .as("help of '%s': %s", command.qualifiedName(), text)
            .doesNotThrowAnyException();
      }
    }
  }

  private static List<CommandSpec> commands(CommandSpec root) {
    List<CommandSpec> all = new ArrayList<>(List.of(root));
    for (CommandLine sub : root.subcommands().values()) {
      all.addAll(commands(sub.getCommandSpec()));
    }
    return all;
  }
}
