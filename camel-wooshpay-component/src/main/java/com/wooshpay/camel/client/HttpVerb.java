package com.wooshpay.camel.client;

/** The HTTP methods the WooshPay API uses. */
public enum HttpVerb {
    GET,
    POST,
    DELETE
}
