import ArgumentParser

/// The long option names (`--max-bytes`) a command (or an option group) has, read from the help
/// screen argument-parser generates for it, so that a hint can only name an option the command
/// really has, whichever option groups it is built from.
struct CommandOptionNames {
    /// Every long option name, with its leading `--`.
    let names: Set<String>

    /// The options of `command`, or of an option group.
    init(of command: any ParsableArguments.Type) {
        // Wide enough that no option's line wraps: each starts with two spaces and its names.
        self.init(helpScreen: command.helpMessage(includeHidden: false, columns: 10_000))
    }

    /// The options listed in `helpScreen`, argument-parser's layout: an option's line is indented
    /// by two spaces and starts with its names (`  -m, --model <model>   Model file ...`).
    init(helpScreen: String) {
        var names: Set<String> = []
        for line in helpScreen.split(separator: "\n") where line.hasPrefix("  -") {
            for word in line.split(separator: " ") {
                guard word.hasPrefix("-") else { break }
                let name = word.hasSuffix(",") ? word.dropLast() : word
                if name.hasPrefix("--") { names.insert(String(name)) }
            }
        }
        self.names = names
    }

    /// Whether the command has `name` (e.g. `"--max-bytes"`).
    func contains(_ name: String) -> Bool { names.contains(name) }
}
