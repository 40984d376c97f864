package com.wooshpay.camel.springboot;

/**
 * Where the embedded sandbox listens and the key it accepts. An interface of the starter's own, so that no class of
 * the optional sandbox jar is needed unless the sandbox really starts.
 */
public interface EmbeddedSandbox {

    String baseUrl();

    String apiKey();
}
