package com.wooshpay.camel.model;

import java.util.Map;

/** A typed request body. The producer and the client turn it into WooshPay's JSON field names. */
public interface WooshPayRequest {

    /** A fresh, mutable map of the request's parameters in WooshPay's snake_case names. */
    Map<String, Object> toParams();
}
