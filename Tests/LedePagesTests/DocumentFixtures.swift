import Foundation
import Testing

/// Reads the fictional pages in `Fixtures/documents/`.
enum DocumentFixtures {
    static func text(_ name: String) throws -> String {
        let url = try #require(Bundle.module.resourceURL)
            .appendingPathComponent("Fixtures/documents").appendingPathComponent(name)
        return try String(contentsOf: url, encoding: .utf8)
    }
}
