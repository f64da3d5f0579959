import ArgumentParser
import Dispatch
import Foundation
import ZhExtract
import ZhText

extension ZhkitCommand {
  /// Prints one JSON document per input: the article's metadata and its entities.
  struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print an article's metadata and its places, companies, money and dates as JSON.",
      discussion: """
        Reads each FILE (or standard input) as one article and prints one JSON document per \
        input, one line each. With --jsonl, reads JSON Lines records {"id", "text", \
        "referenceDate"?} and prints one document per input line, in the same order, echoing \
        the id; a malformed line gets a document with "error". The JSON is defined by the \
        zhkit/1 contract. Exit status 1 when some input failed (each failure is also reported \
        on standard error), 64 for wrong usage.
        """)

    @Argument(help: "Input files; '-' or none for standard input.")
    var files: [String] = []

    @Flag(help: "Read JSON Lines records instead of one article per file.")
    var jsonl = false

    @Option(
      help: ArgumentHelp(
        "The entity types to report, comma-separated (place, company, money, date, organization; default: all).",
        valueName: "types"))
    var types: String?

    @Option(help: "Resolve relative dates against this date (YYYY-MM-DD) instead of the article's own.")
    var referenceDate: String?

    @Option(help: "Threads to process documents with (default: all cores). Output order is the input's.")
    var threads: Int?

    @Flag(help: "Indent the JSON.")
    var pretty = false

    @OptionGroup var input: InputOptions

    func validate() throws {
      if let referenceDate, !Extractor.isValidDate(referenceDate) {
        throw ValidationError("--reference-date must be a date as YYYY-MM-DD, not '\(referenceDate)'.")
      }
      if let threads, threads < 1 { throw ValidationError("--threads must be at least 1.") }
      _ = try kinds()
      if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("'-' (standard input) can be given only once.") }
      if jsonl && files.count > 1 { throw ValidationError("--jsonl reads one file (or standard input).") }
    }

    func kinds() throws -> Set<Entity.Kind> {
      guard let types else { return Set(Entity.Kind.allCases) }
      var kinds = Set<Entity.Kind>()
      for name in types.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
        guard let kind = Entity.Kind(rawValue: name) else {
          throw ValidationError(
            "--types: unknown type '\(name)' (known: \(Entity.Kind.allCases.map(\.rawValue).joined(separator: ", "))).")
        }
        kinds.insert(kind)
      }
      return kinds
    }

    func run() throws {
      let job = ExtractJob(
        extractor: Extractor(types: try kinds()), encoder: DocumentEncoder(pretty: pretty),
        referenceDate: referenceDate, decoder: input.decoder, threads: threads ?? TextParts.processorCount)
      var out = OutputBuffer()
      let ok: Bool
      if jsonl {
        ok = job.runJSONLines(path: files.first ?? "-", out: &out)
      } else {
        ok = job.runFiles(files.isEmpty ? ["-"] : files, out: &out)
      }
      out.flush()
      if !ok { throw ExitCode.failure }
    }
  }
}

/// The work of `zhkit extract`, shared by its two input modes.
struct ExtractJob: Sendable {
  let extractor: Extractor
  let encoder: DocumentEncoder
  let referenceDate: String?
  let decoder: TextDecoder
  let threads: Int

  /// Lines per batch: documents are processed a batch at a time, so memory stays bounded
  /// however long the stream.
  static let batchLines = 256
  static let batchBytes = 8 << 20

  /// One document per file; returns false when some file failed.
  func runFiles(_ paths: [String], out: inout OutputBuffer) -> Bool {
    var ok = true
    var start = 0
    while start < paths.count {
      let batch = Array(paths[start..<min(paths.count, start + max(threads, 1) * 2)])
      let results = orderedParallelMap(batch, threads: threads) { path -> ([UInt8], String?) in
        do {
          let bytes = try FileBytes.read(path)
          let text = try decoder.decode(bytes)
          return (render(extractor.extract(text, referenceDate: referenceDate)), nil)
        } catch let error as FileBytes.ReadError {
          return (render(.failure(id: nil, message: "\(InputFiles.displayName(path)): \(error.reason)")), error.reason)
        } catch let error as ZhTextError {
          return (render(.failure(id: nil, message: "\(InputFiles.displayName(path)): \(error)")), error.description)
        } catch {
          return (render(.failure(id: nil, message: "\(error)")), "\(error)")
        }
      }
      for (path, (json, failure)) in zip(batch, results) {
        if let failure {
          InputFiles.report(path, failure)
          ok = false
        }
        out.write(bytes: json)
      }
      start += batch.count
    }
    return ok
  }

  /// One document per JSON Lines record, in order; returns false when some line failed.
  func runJSONLines(path: String, out: inout OutputBuffer) -> Bool {
    let reader: LineReader
    do {
      reader = try LineReader(path: path)
    } catch {
      InputFiles.report(path, error.reason)
      return false
    }
    var ok = true
    var lineNumber = 0
    while true {
      var batch: [(Int, [UInt8])] = []
      var bytes = 0
      while batch.count < Self.batchLines * max(threads, 1) && bytes < Self.batchBytes, let line = reader.next() {
        lineNumber += 1
        batch.append((lineNumber, line))
        bytes += line.count
      }
      if batch.isEmpty { break }
      let results = orderedParallelMap(batch, threads: threads) { record in process(record.1, line: record.0) }
      for (json, failure) in results {
        if let failure {
          InputFiles.report(path, failure)
          ok = false
        }
        out.write(bytes: json)
      }
    }
    if let error = reader.error {
      InputFiles.report(path, error)
      ok = false
    }
    return ok
  }

  struct Record: Decodable {
    var id: JSONValue?
    var text: JSONValue?
    var referenceDate: JSONValue?
  }

  /// One JSON Lines record: its document, and the failure to report, if any.
  func process(_ line: [UInt8], line number: Int) -> ([UInt8], String?) {
    var trimmed = line[...]
    if trimmed.last == 0x0D { trimmed = trimmed.dropLast() }
    let record: Record
    do {
      record = try JSONDecoder().decode(Record.self, from: Data(trimmed))
    } catch {
      let message = trimmed.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) ? "empty line" : "not a JSON object"
      return failure(nil, "line \(number): \(message)")
    }
    guard case .string(let text)? = record.text else {
      return failure(record.id, "line \(number): " + (record.text == nil ? "no \"text\"" : "\"text\" is not a string"))
    }
    var reference = referenceDate
    if reference == nil, let given = record.referenceDate {
      guard case .string(let date) = given, Extractor.isValidDate(date) else {
        return failure(record.id, "line \(number): \"referenceDate\" is not a date as YYYY-MM-DD")
      }
      reference = date
    }
    return (render(extractor.extract(text, id: record.id, referenceDate: reference)), nil)
  }

  private func failure(_ id: JSONValue?, _ message: String) -> ([UInt8], String?) {
    (render(.failure(id: id, message: message)), message)
  }

  /// The document's JSON and a line break.
  func render(_ document: Document) -> [UInt8] {
    encoder.encodeLine(document)
  }
}

/// `transform` applied to every element on up to `threads` threads; results in input order.
func orderedParallelMap<T, R>(_ items: [T], threads: Int, _ transform: (T) -> R) -> [R] {
  if threads <= 1 || items.count <= 1 { return items.map(transform) }
  var results = [R?](repeating: nil, count: items.count)
  let workers = min(threads, items.count)
  results.withUnsafeMutableBufferPointer { slots in
    withoutActuallyEscaping(transform) { transform in
      let box = UncheckedBox((slots.baseAddress!, items, transform))
      DispatchQueue.concurrentPerform(iterations: workers) { worker in
        let (slots, items, transform) = box.value
        var k = worker
        while k < items.count {
          slots[k] = transform(items[k])
          k += workers
        }
      }
    }
  }
  return results.map { $0! }
}

/// Reads a file (or standard input) a line at a time, holding one buffer of input at most.
final class LineReader {
  private let fd: Int32
  private var buffer: [UInt8] = []
  private var position = 0
  private var finished = false
  private(set) var error: String?

  init(path: String) throws(FileBytes.ReadError) {
    if path == "-" {
      fd = 0
    } else {
      fd = open(path, O_RDONLY)
      if fd < 0 { throw FileBytes.ReadError(reason: String(cString: strerror(errno)).lowercased()) }
      var st = stat()
      if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
        close(fd)
        throw FileBytes.ReadError(reason: "is a directory")
      }
    }
  }

  deinit { if fd != 0 { close(fd) } }

  /// The next line without its line break, or nil at the end.
  func next() -> [UInt8]? {
    while true {
      if let newline = buffer[position...].firstIndex(of: 0x0A) {
        let line = Array(buffer[position..<newline])
        position = newline + 1
        return line
      }
      if finished {
        guard position < buffer.count else { return nil }
        let line = Array(buffer[position...])
        position = buffer.count
        return line
      }
      // Compact, then read more.
      if position > 0 {
        buffer.removeSubrange(0..<position)
        position = 0
      }
      var chunk = [UInt8](repeating: 0, count: 1 << 20)
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        error = String(cString: strerror(errno)).lowercased()
        finished = true
      } else if n == 0 {
        finished = true
      } else {
        buffer.append(contentsOf: chunk[..<n])
      }
    }
  }
}
