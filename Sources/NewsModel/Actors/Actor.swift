/// What kind of actor a name refers to.
public enum ActorKind: String, Sendable, Hashable, CaseIterable {
    case country, person, organization, place
}

/// One actor of an article: a canonical name, a stable id shared by every article that
/// names the same actor, and the places the text names it.
public struct Actor: Sendable, Hashable {
    /// Stable across articles and runs (`north-korea`, `kim-jong-un`, `foreign-ministry-south-korea`).
    public var id: String
    public var name: String
    public var kind: ActorKind
    /// The id of the country (or organization) the actor belongs to.
    public var affiliation: String?
    /// Other names the text used (`Pyongyang`, `North Korean`, `the NIS`).
    public var aliases: [String]
    /// Every place the text names the actor, in text order.
    public var mentions: SpanList
    /// An office named without its holder or its country ("the spokesman", "President"): its
    /// mentions are kept (they name a person), but it is no actor to list or filter by.
    public var isOffice = false

    public init(id: String, name: String, kind: ActorKind, affiliation: String?, aliases: [String], mentions: SpanList) {
        self.id = id
        self.name = name
        self.kind = kind
        self.affiliation = affiliation
        self.aliases = aliases
        self.mentions = mentions
    }

    /// Gives the actors of one article one array of mentions between them.
    static func packMentions(_ actors: inout [Actor]) {
        var lists = actors.map(\.mentions)
        SpanList.pack(&lists)
        for k in actors.indices { actors[k].mentions = lists[k] }
    }
}

/// Normalizes names into ids: lower-case ASCII letters and digits joined by `-`
/// (`Kim Hong-kyun` → `kim-hong-kyun`, `Côte d'Ivoire` → `cote-d-ivoire`).
public enum ActorID {
    public static func slug(_ name: String) -> String {
        // ASCII names (most) in one pass over bytes; nil at the first byte that is not ASCII.
        var bytes = name
        let ascii: String? = bytes.withUTF8 { u in
            var failed = false
            let slug = String(unsafeUninitializedCapacity: u.count) { out in
                var n = 0
                var pendingDash = false
                for b in u {
                    if b >= 128 {
                        failed = true
                        return 0
                    }
                    let c = b >= 65 && b <= 90 ? b | 0x20 : b
                    if (c >= 97 && c <= 122) || (c >= 48 && c <= 57) {
                        if pendingDash, n > 0 {
                            out[n] = 45
                            n += 1
                        }
                        pendingDash = false
                        out[n] = c
                        n += 1
                    } else if c != 39 {  // an apostrophe joins (O'Brien → obrien)
                        pendingDash = true
                    }
                }
                return n
            }
            return failed ? nil : slug
        }
        if let ascii { return ascii }
        var out = ""
        var pendingDash = false
        for ch in name.lowercased().unicodeScalars {
            let folded = fold(ch)
            for c in folded.unicodeScalars {
                if (c >= "a" && c <= "z") || (c >= "0" && c <= "9") {
                    if pendingDash, !out.isEmpty { out += "-" }
                    pendingDash = false
                    out.unicodeScalars.append(c)
                } else if c.properties.isAlphabetic, c.value > 127 {
                    if pendingDash, !out.isEmpty { out += "-" }
                    pendingDash = false
                    out.unicodeScalars.append(c)
                } else {
                    pendingDash = true
                }
            }
        }
        return out
    }

    /// Latin letters with diacritics to their base letter (é → e); others unchanged.
    private static func fold(_ c: Unicode.Scalar) -> String {
        switch c {
        case "à", "á", "â", "ã", "ä", "å", "ā": return "a"
        case "ç", "č", "ć": return "c"
        case "è", "é", "ê", "ë", "ē", "ė", "ę": return "e"
        case "ì", "í", "î", "ï", "ī": return "i"
        case "ñ", "ń": return "n"
        case "ò", "ó", "ô", "õ", "ö", "ø", "ō": return "o"
        case "ù", "ú", "û", "ü", "ū": return "u"
        case "ý", "ÿ": return "y"
        case "š", "ś": return "s"
        case "ž", "ź", "ż": return "z"
        case "ł": return "l"
        case "ß": return "ss"
        case "æ": return "ae"
        case "œ": return "oe"
        case "’", "'", "‘": return ""  // O'Brien → obrien
        default: return String(c)
        }
    }
}
