package dev.atlasj.cli;

import dev.atlasj.diff.RenameHint;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a {@code --rename} flag's value; a malformed hint is a usage error that shows the accepted forms. */
final class RenameHintConverter implements ITypeConverter<RenameHint> {

    @Override
    public RenameHint convert(String value) {
        try {
            return RenameHint.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
