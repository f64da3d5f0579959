// Raw ICU speed on a file, the baseline that Tools/bench compares zhkit with.
//
//   icu-baseline FILE
//
// Prints one JSON object: the UTF-8 size of the file and the seconds ICU's word breaker
// (one setText over the whole text) and its Hant-Hans and Hans-Hant transliterators
// (line by line) take, timed inside the process.
import Foundation
import ZhText

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
  FileHandle.standardError.write(Data("usage: icu-baseline FILE\n".utf8))
  exit(64)
}
let text: String
do {
  text = try TextDecoder().decode(FileBytes.read(arguments[1]))
} catch {
  FileHandle.standardError.write(Data("icu-baseline: \(arguments[1]): \(error)\n".utf8))
  exit(1)
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
  FileHandle.standardError.write(Data("icu-baseline: ICU failed: \(error)\n".utf8))
  exit(1)
}
