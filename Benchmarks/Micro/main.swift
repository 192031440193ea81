import Foundation
import LedeAnalysis

func load(_ path: String) -> [LabeledDocument] {
    let data = try! String(contentsOfFile: path, encoding: .utf8)
    return data.split(separator: "\n").enumerated().map { (i, line) in
        let object = try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
        return LabeledDocument(label: object["label"] as? String, title: object["title"] as? String, text: object["text"] as! String, location: SourceLocation(path: path, line: i + 1))
    }
}
let args = CommandLine.arguments
let train = load(args[1]); let test = load(args[2])
for spec in args.dropFirst(3) {
    // spec: variant:alpha:ngram:sublinear:mindf:norm
    let p = spec.split(separator: ":").map(String.init)
    var o = ClassifierOptions()
    o.variant = p[0] == "m" ? .multinomial : .complement
    o.alpha = Double(p[1])!
    o.features.tokenizer.ngramMax = Int(p[2])!
    o.features.tfidf.sublinearTF = p[3] == "1"
    o.features.minDocumentFrequency = .count(Int(p[4])!)
    o.normalizeWeights = p.count > 5 && p[5] == "1"
    if p.count > 6 { o.features.tokenizer.stopWords = p[6] == "0" ? .none : .english }
    let t0 = Date()
    let model = try! TopicClassifier.train(on: train, options: o)
    let t1 = Date()
    let preds = model.predict(test.map(\.fullText))
    let t2 = Date()
    let acc = Double(zip(preds, test).filter { $0.label == $1.label }.count) / Double(test.count)
    print(spec, String(format: "acc %.4f train %.2fs predict %.2fs vocab %d feats %d", acc, t1.timeIntervalSince(t0), t2.timeIntervalSince(t1), model.counts.vocabulary.count, model.weights.featureCount))
}
