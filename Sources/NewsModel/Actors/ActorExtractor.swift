/// The actors of one article and, per sentence, which actors it names.
public struct ActorExtraction: Sendable {
    public var actors: [Actor]
    /// Actor ids named in each sentence (by sentence index), in order of first mention.
    public var sentenceActors: [[String]]
}

public enum ActorExtractor {
    public static func extract(_ text: String, segmentation seg: Segmentation, gazetteer: Gazetteer) -> ActorExtraction {
        var text = text
        return text.withUTF8 { bytes in
            let finder = MentionFinder(gazetteer: gazetteer, tokens: seg.tokens, bytes: bytes, map: seg.scalarMap)
            var mentions: [RawMention] = []
            mentions.reserveCapacity(seg.tokens.count / 8)
            var scratch = MentionFinder.Scratch()
            var tokenIndex = 0
            for (n, sentence) in seg.sentences.enumerated() {
                while tokenIndex < seg.tokens.count, Int(seg.tokens[tokenIndex].end) <= sentence.begin { tokenIndex += 1 }
                var end = tokenIndex
                while end < seg.tokens.count, Int(seg.tokens[end].begin) < sentence.end { end += 1 }
                finder.mentions(sentence: n, start: tokenIndex, end: end, into: &mentions, scratch: &scratch)
                tokenIndex = end
            }
            var resolver = ActorResolver(gazetteer: gazetteer, finder: consume finder)
            let actors = resolver.resolve(mentions)
            // Mentions come in sentence order: each sentence's list is gathered in one buffer
            // and stored once.
            var perSentence = [[String]](repeating: [], count: seg.sentences.count)
            var current: [String] = []
            var currentSentence = -1
            for i in mentions.indices {
                let sentence = mentions[i].sentence
                guard let key = resolver.actorKey(ofMention: i), sentence < perSentence.count else { continue }
                if sentence != currentSentence {
                    if currentSentence >= 0 { perSentence[currentSentence] = current.withoutSpareCapacity() }
                    current.removeAll(keepingCapacity: true)
                    currentSentence = sentence
                }
                if !current.contains(key) { current.append(key) }
            }
            if currentSentence >= 0 { perSentence[currentSentence] = current.withoutSpareCapacity() }
            return ActorExtraction(actors: actors, sentenceActors: perSentence)
        }
    }
}
