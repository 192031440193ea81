import Foundation
import LedeAnalysis

func load(_ path: String) -> [String] {
    let data = try! String(contentsOfFile: path, encoding: .utf8)
    return data.split(separator: "\n").map { line in
        let object = try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
        return object["text"] as! String
    }
}
let train = load("/work/shared/corpora/20news/train.jsonl")
let test = load("/work/shared/corpora/20news/test.jsonl")
var options = VectorizerOptions()
options.tokenizer.stopWords = .none
var vectorizer = TfidfVectorizer(options: options)
let start = Date()
let x = try! vectorizer.fitTransform(train)
let mid = Date()
let y = vectorizer.transform(test)
let end = Date()
print("fit \(mid.timeIntervalSince(start)) transform \(end.timeIntervalSince(mid)) features \(vectorizer.vocabulary.count) nnz \(x.storedCount) \(y.storedCount)")
let tok = Tokenizer(options: options.tokenizer)
let bytes = train.reduce(0) { $0 + $1.utf8.count }
let t0 = Date(); var n = 0
for d in train { tok.forEachWord(in: d) { _ in n += 1 } }
print("tokenizer MB/s", Double(bytes) / 1e6 / Date().timeIntervalSince(t0), n)
