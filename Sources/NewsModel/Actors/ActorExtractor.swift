/// The actors of one article and, per sentence, which actors it names.
public struct ActorExtraction: Sendable {
    public var actors: [Actor]
    /// Actor ids named in each sentence (by sentence index), in order of first mention.
    public var sentenceActors: [[String]]
}

public enum ActorExtractor {
    public static func extract(_ doc: Document, gazetteer: Gazetteer) -> ActorExtraction {
        doc.withView { view in
            let finder = MentionFinder(gazetteer: gazetteer, view: view, map: doc.scalarMap,
                                       lexemes: doc.listLexemes(in: gazetteer.lexicon))
            var mentions: [RawMention] = []
            mentions.reserveCapacity(doc.tokens.count / 8)
            var scratch = MentionFinder.Scratch()
            // A note to editors names no actor of the story ("-politics-nuclear, ADDS EU reax ///").
            for (n, r) in doc.sentenceTokens.enumerated() where !view.endsInEditorsNote(r) {
                finder.mentions(sentence: n, start: r.lowerBound, end: r.upperBound, into: &mentions, scratch: &scratch)
            }
            var resolver = ActorResolver(gazetteer: gazetteer, finder: consume finder)
            let actors = resolver.resolve(mentions)
            // Mentions come in sentence order: each sentence's list is gathered in one buffer
            // and stored once.
            var perSentence = [[String]](repeating: [], count: doc.sentences.count)
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
