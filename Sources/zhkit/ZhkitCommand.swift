import ArgumentParser
import ZhText

@main
struct ZhkitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "zhkit",
    abstract: "Segment, convert and extract entities from Chinese text (Traditional or Simplified).",
    version: "0.1.0",
    subcommands: [Extract.self, Segment.self, Convert.self],
    defaultSubcommand: Extract.self
  )
}
