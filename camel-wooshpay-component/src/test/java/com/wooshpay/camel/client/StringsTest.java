package com.wooshpay.camel.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StringsTest {

    @Test
    void commaListsAreTrimmedAndSkipBlanks() {
        assertThat(Strings.commaList(" whsec_a, ,whsec_b,,")).containsExactly("whsec_a", "whsec_b");
        assertThat(Strings.commaList(null)).isEmpty();
        assertThat(Strings.commaList("  ")).isEmpty();
    }

    @Test
    void oneTrailingSlashIsRemoved() {
        assertThat(Strings.withoutTrailingSlash("https://erp.example/")).isEqualTo("https://erp.example");
        assertThat(Strings.withoutTrailingSlash("https://erp.example")).isEqualTo("https://erp.example");
    }
}
