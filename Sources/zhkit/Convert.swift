import ArgumentParser
import ZhText

extension ZhkitCommand {
  /// Converts text between Traditional and Simplified script.
  struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Convert text between Traditional and Simplified script.",
      discussion: """
        Converts phrase by phrase with OpenCC's tables (longest phrase first, then \
        characters): 头发 → 頭髮, 发展 → 發展. Line structure is kept.
        """)

    @Argument(help: "The input file; '-' or none for standard input.")
    var file: String = "-"

    @Option(help: "The script to convert to: simplified or traditional.")
    var to: ScriptConverter.Target

    @Option(help: "Regional forms on the Traditional side: standard, tw (Taiwan) or hk (Hong Kong).")
    var variant: ScriptConverter.Variant = .standard

    @Flag(help: "With --variant tw, also convert regional vocabulary (软件 ↔ 軟體).")
    var regionalPhrases = false

    @OptionGroup var input: InputOptions

    func validate() throws {
      if regionalPhrases && variant != .tw {
        throw ValidationError("--regional-phrases goes with --variant tw.")
      }
    }

    func run() throws {
      var text: String
      do {
        text = try InputFiles.readText(file, decoder: input.decoder)
      } catch {
        InputFiles.report(file, error.reason)
        throw ExitCode.failure
      }
      let converter = ScriptConverter(to: to, variant: variant, regionalPhrases: regionalPhrases)
      var output: [UInt8] = []
      text.withUTF8 { converter.convert(utf8: $0, into: &output) }
      StandardStreams.writeAll(output, to: 1)
    }
  }
}

extension ScriptConverter.Target: ExpressibleByArgument {}
extension ScriptConverter.Variant: ExpressibleByArgument {}
