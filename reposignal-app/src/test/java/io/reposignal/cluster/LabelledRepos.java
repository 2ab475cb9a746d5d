package io.reposignal.cluster;

import io.reposignal.ingest.rankings.RankingRow;
import io.reposignal.ingest.rankings.RankingsCsvReader;
import io.reposignal.testing.SharedData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A hand-labelled set of real repositories from the snapshot of 2026-02-27: 10 topics, labelled by
 * reading their names and descriptions (the labels are ours; the snapshot has none). Topics were
 * chosen to include hard cases: Rust command-line tools whose descriptions share few words ("A
 * cat(1) clone with wings"), Chinese descriptions (interview notes, proxy scripts), and two topics
 * that share vocabulary (coding agents and agent frameworks).
 */
final class LabelledRepos {
  static final String DAY = "2026-02-27";

  static final Map<String, String> LABELS = labels();

  private LabelledRepos() {}

  private static Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    put(
        labels,
        "coding-agent",
        "anomalyco/opencode",
        "anthropics/claude-code",
        "cline/cline",
        "google-gemini/gemini-cli",
        "openai/codex",
        "block/goose",
        "OpenHands/OpenHands",
        "TabbyML/tabby");
    put(
        labels,
        "agent-framework",
        "crewAIInc/crewAI",
        "microsoft/autogen",
        "FoundationAgents/MetaGPT",
        "langchain-ai/langchain",
        "langflow-ai/langflow",
        "langgenius/dify",
        "FlowiseAI/Flowise");
    put(
        labels,
        "local-llm",
        "ggml-org/llama.cpp",
        "ollama/ollama",
        "vllm-project/vllm",
        "mudler/LocalAI",
        "nomic-ai/gpt4all",
        "oobabooga/text-generation-webui",
        "janhq/jan");
    put(
        labels,
        "proxy-client",
        "2dust/v2rayN",
        "2dust/v2rayNG",
        "SagerNet/sing-box",
        "XTLS/Xray-core",
        "v2fly/v2ray-core",
        "clash-verge-rev/clash-verge-rev",
        "shadowsocks/shadowsocks-android",
        "shadowsocks/shadowsocks-windows",
        "mack-a/v2ray-agent");
    put(
        labels,
        "awesome-list",
        "avelino/awesome-go",
        "josephmisiti/awesome-machine-learning",
        "qinwf/awesome-R",
        "h4cc/awesome-elixir",
        "matteocrippa/awesome-swift",
        "krispo/awesome-haskell",
        "Heapy/awesome-kotlin",
        "bayandin/awesome-awesomeness");
    put(
        labels,
        "frontend-framework",
        "facebook/react",
        "vuejs/core",
        "angular/angular",
        "sveltejs/svelte",
        "preactjs/preact");
    put(
        labels,
        "rust-cli",
        "BurntSushi/ripgrep",
        "sharkdp/bat",
        "sharkdp/fd",
        "eza-community/eza",
        "ajeetdsouza/zoxide",
        "junegunn/fzf",
        "dandavison/delta");
    put(
        labels,
        "interview-prep",
        "jwasham/coding-interview-university",
        "donnemartin/system-design-primer",
        "ashishps1/awesome-system-design-resources",
        "kdn251/interviews",
        "huihut/interview",
        "ChenYilong/iOSInterviewQuestions");
    put(
        labels,
        "terminal-emulator",
        "alacritty/alacritty",
        "wezterm/wezterm",
        "gnachman/iTerm2",
        "GitSquared/edex-ui",
        "Eugeny/tabby",
        "microsoft/terminal");
    put(
        labels,
        "video-downloader",
        "yt-dlp/yt-dlp",
        "ytdl-org/youtube-dl",
        "iawia002/lux",
        "deniscerri/ytdlnis");
    return Map.copyOf(labels);
  }

  private static void put(Map<String, String> labels, String label, String... repos) {
    for (String repo : repos) {
      labels.put(repo.toLowerCase(Locale.ROOT), label);
    }
  }

  /** Every repository of the day's snapshot, one document each (the first row seen wins). */
  static List<RepoDocument> population() {
    Map<String, RepoDocument> documents = new LinkedHashMap<>();
    for (RankingRow row :
        RankingsCsvReader.read(SharedData.rankings().resolve("github-ranking-" + DAY + ".csv.gz"))
            .rows()) {
      documents.putIfAbsent(
          row.fullName().toLowerCase(Locale.ROOT),
          new RepoDocument(row.fullName(), row.description(), List.of()));
    }
    return new ArrayList<>(documents.values());
  }
}
