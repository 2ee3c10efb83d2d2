package org.replyarchive.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportConfigTest {

    @Test
    void defaultsDetectTheEncodingAndNeverOverwrite() {
        ImportConfig config = ImportConfig.builder(Path.of("in.txt"), Path.of("content")).build();
        assertEquals(Optional.empty(), config.encoding());
        assertEquals(false, config.force());
        assertEquals(Path.of("content").toAbsolutePath(), config.contentDirectory());
    }

    @Test
    void anEncodingIsNamedOrLeftBlank() {
        assertEquals(Optional.of(Charset.forName("GBK")),
                ImportConfig.builder(Path.of("a"), Path.of("b")).encoding(" gbk ").build().encoding());
        assertEquals(Optional.empty(), ImportConfig.builder(Path.of("a"), Path.of("b")).encoding(" ").build().encoding());
    }

    @Test
    void anUnknownEncodingIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ImportConfig.builder(Path.of("a"), Path.of("b")).encoding("klingon"));
        assertEquals("encoding: 'klingon' is not an encoding Java knows — use UTF-8, GB18030 or GBK, or leave it out to"
                + " detect it", e.getMessage());
    }
}
