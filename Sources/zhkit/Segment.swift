import ArgumentParser
import ZhText

extension ZhkitCommand {
  /// Prints the words of each line.
  struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Split text into words.",
      discussion: """
        Prints the tokens of each input line separated by one space, punctuation included,
        whitespace dropped; one output line per input line. With --json, prints for each
        line a JSON array of token records {"text","start","end","kind"}, offsets in
        Unicode scalars from the start of the input.
        """)

    @Argument(help: "The input file; '-' or none for standard input.")
    var file: String = "-"

    @Flag(help: "Print token records with offsets as JSON, one array per line.")
    var json = false

    @OptionGroup var input: InputOptions

    func run() throws {
      let text: String
      do {
        text = try InputFiles.readText(file, decoder: input.decoder)
      } catch {
        InputFiles.report(file, error.reason)
        throw ExitCode.failure
      }
      let segmenter = Segmenter()
      var line: [Token] = []
      func emitLine() {
        if json {
          StandardStreams.write("[")
          for (n, token) in line.enumerated() {
            if n > 0 { StandardStreams.write(",") }
            StandardStreams.write(
              "{\"text\":\(JSONText.quoted(token.text)),\"start\":\(token.start),\"end\":\(token.end),\"kind\":\"\(token.kind.rawValue)\"}"
            )
          }
          StandardStreams.write("]\n")
        } else {
          var first = true
          for token in line where token.kind != .whitespace {
            if !first { StandardStreams.write(" ") }
            StandardStreams.write(token.text)
            first = false
          }
          StandardStreams.write("\n")
        }
        line.removeAll(keepingCapacity: true)
      }
      var pendingLine = false
      segmenter.enumerateTokens(in: text) { token in
        if token.kind == .whitespace && token.text.contains(where: \.isNewline) {
          // A break token may hold several line breaks (blank lines): one output line each.
          for scalar in token.text.unicodeScalars where scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" {
            _ = scalar
          }
          let breaks = Self.lineBreakCount(token.text)
          for _ in 0..<breaks {
            emitLine()
          }
          pendingLine = false
          return
        }
        pendingLine = true
        if !json || token.kind != .whitespace || true { line.append(token) }
      }
      if pendingLine || !line.isEmpty { emitLine() }
      StandardStreams.flush()
    }

    /// Line breaks in a whitespace token: \r\n counts once.
    static func lineBreakCount(_ text: String) -> Int {
      var count = 0
      var previousCR = false
      for scalar in text.unicodeScalars {
        switch scalar {
        case "\r": count += 1; previousCR = true
        case "\n": if !previousCR { count += 1 }; previousCR = false
        case "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}", "\u{85}": count += 1; previousCR = false
        default: previousCR = false
        }
      }
      return count
    }
  }
}
