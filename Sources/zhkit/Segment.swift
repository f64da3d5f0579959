import ArgumentParser
import ZhText

extension ZhkitCommand {
  /// Prints the words of each line.
  struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Split text into words.",
      discussion: """
        Prints the tokens of each input line separated by one space, punctuation included and \
        whitespace dropped: one output line per input line. With --json, prints for each line \
        a JSON array of token records {"text","start","end","kind"}, with offsets in Unicode \
        scalars from the start of the input.
        """)

    @Argument(help: "The input file; '-' or none for standard input.")
    var file: String = "-"

    @Flag(help: "Print token records with offsets as JSON, one array per line.")
    var json = false

    @Option(
      name: .customLong("dict"),
      help: ArgumentHelp(
        "A user dictionary: UTF-8, one word a line (repeatable).", valueName: "file"))
    var dictionaries: [String] = []

    @OptionGroup var input: InputOptions

    @Option(help: "Threads to segment with (default: all cores). Output order is the input's.")
    var threads: Int?

    func validate() throws {
      if let threads, threads < 1 { throw ValidationError("--threads must be at least 1.") }
    }

    func run() throws {
      var lexicons: [Lexicon] = []
      for path in dictionaries {
        do {
          lexicons.append(try Lexicon(contentsOfFile: path))
        } catch {
          StandardStreams.error("zhkit: \(error.description)\n")
          throw ExitCode.failure
        }
      }
      var text: String
      do {
        text = try InputFiles.readText(file, decoder: input.decoder)
      } catch {
        InputFiles.report(file, error.reason)
        throw ExitCode.failure
      }
      let segmenter = Segmenter(lexicons: lexicons)
      let json = json
      var out = OutputBuffer()
      text.withUTF8 { bytes in
        TextParts.process(bytes, threads: threads ?? TextParts.processorCount, out: &out) {
          part, buffer, flush in
          let slice = UnsafeBufferPointer(rebasing: bytes[part.range])
          Self.render(
            slice, segmenter: segmenter, json: json, byteBase: part.range.lowerBound,
            scalarBase: part.scalarBase, into: &buffer, flush: flush)
        }
      }
      out.flush()
    }

    /// Writes the segmentation of `bytes` (whole lines) to `buffer`, one output line per line.
    static func render(
      _ bytes: UnsafeBufferPointer<UInt8>, segmenter: Segmenter, json: Bool, byteBase: Int,
      scalarBase: Int, into buffer: inout [UInt8], flush: (inout [UInt8]) -> Void
    ) {
      var renderer = LineRenderer(bytes: bytes, json: json, scalarBase: scalarBase)
      swap(&renderer.buffer, &buffer)
      segmenter.enumerateSpans(inUTF8: bytes) { span in
        renderer.add(span)
        if renderer.buffer.count >= 1 << 16 { flush(&renderer.buffer) }
      }
      renderer.finish()
      swap(&renderer.buffer, &buffer)
    }

    /// Turns spans into output lines.
    struct LineRenderer {
      let bytes: UnsafeBufferPointer<UInt8>
      let json: Bool
      let scalarBase: Int
      var buffer: [UInt8] = []
      var tokensOnLine = 0
      var lineOpen = false

      mutating func endLine() {
        if json { buffer.append(contentsOf: tokensOnLine == 0 ? "[]".utf8 : "]".utf8) }
        buffer.append(0x0A)
        tokensOnLine = 0
        lineOpen = false
      }

      mutating func add(_ span: TokenSpan) {
        let slice = bytes[span.utf8Start..<span.utf8End]
        if span.kind == .whitespace {
          let breaks = Segment.lineBreakCount(slice)
          if breaks > 0 {
            for _ in 0..<breaks { endLine() }
          } else {
            lineOpen = true
          }
          return
        }
        if json {
          buffer.append(tokensOnLine == 0 ? 0x5B : 0x2C)  // [ or ,
          buffer.append(contentsOf: "{\"text\":".utf8)
          buffer.append(contentsOf: JSONText.quoted(String(decoding: slice, as: UTF8.self)).utf8)
          buffer.append(
            contentsOf:
              ",\"start\":\(scalarBase + span.start),\"end\":\(scalarBase + span.end),\"kind\":\"\(span.kind.rawValue)\"}"
              .utf8)
        } else {
          if tokensOnLine > 0 { buffer.append(0x20) }
          buffer.append(contentsOf: slice)
        }
        tokensOnLine += 1
        lineOpen = true
      }

      mutating func finish() {
        if lineOpen { endLine() }
      }
    }

    /// Line breaks in a whitespace token: \r\n counts once.
    static func lineBreakCount(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
      var count = 0
      var previousCR = false
      for b in bytes {
        switch b {
        case 0x0D:
          count += 1
          previousCR = true
        case 0x0A:
          if !previousCR { count += 1 }
          previousCR = false
        case 0x0B, 0x0C:
          count += 1
          previousCR = false
        default:
          previousCR = false
        }
      }
      return count
    }
  }
}
