// Raw ICU on a file, the baseline that zhkit is measured against.
//
//   icu-baseline FILE                 speed: prints one JSON object with the UTF-8 size of the
//                                     file and the seconds ICU's word breaker (one setText over
//                                     the whole text) and its Hant-Hans and Hans-Hant
//                                     transliterators (line by line) take, timed in-process
//   icu-baseline --transliterate ID   accuracy: transliterates standard input line by line with
//                                     ICU's transliterator ID (Hant-Hans, Hans-Hant), for
//                                     ../shared/eval/convscore.py --cmd
import Foundation
import ZhText

let arguments = CommandLine.arguments

func fail(_ message: String, status: Int32) -> Never {
  FileHandle.standardError.write(Data("icu-baseline: \(message)\n".utf8))
  exit(status)
}

if arguments.count == 3 && arguments[1] == "--transliterate" {
  let input = FileHandle.standardInput.readDataToEndOfFile()
  let text = String(decoding: input, as: UTF8.self)
  var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  if lines.last == "" { lines.removeLast() }
  do {
    var output = ""
    for line in lines { output += try ICUBaseline.transliterateLine(line, id: arguments[2]) + "\n" }
    FileHandle.standardOutput.write(Data(output.utf8))
  } catch {
    fail("ICU failed: \(error)", status: 1)
  }
  exit(0)
}

guard arguments.count == 2 else {
  fail("usage: icu-baseline FILE | icu-baseline --transliterate ID", status: 64)
}
let text: String
do {
  text = try TextDecoder().decode(FileBytes.read(arguments[1]))
} catch {
  fail("\(arguments[1]): \(error)", status: 1)
}

func seconds(_ body: () throws -> Int) rethrows -> Double {
  let clock = ContinuousClock()
  var sink = 0
  let elapsed = try clock.measure { sink = try body() }
  if sink == -1 { print("") }
  return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

do {
  let wordBreak = try seconds { try ICUBaseline.wordBreakCount(text) }
  let hantHans = try seconds { try ICUBaseline.transliterate(text, id: "Hant-Hans") }
  let hansHant = try seconds { try ICUBaseline.transliterate(text, id: "Hans-Hant") }
  print(
    "{\"bytes\":\(text.utf8.count),\"icu\":\(ICUBaseline.icuMajorVersion),\"wordBreakSeconds\":\(wordBreak),\"hantHansSeconds\":\(hantHans),\"hansHantSeconds\":\(hansHant)}"
  )
} catch {
  fail("ICU failed: \(error)", status: 1)
}
