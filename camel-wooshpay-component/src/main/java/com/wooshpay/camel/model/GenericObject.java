package com.wooshpay.camel.model;

/** A resource of a type this model does not know; every field is in {@link #getExtraFields()}. */
public class GenericObject extends WooshPayObject {

    @Override
    public String statusValue() {
        Object status = getExtraFields().get("status");
        return status instanceof String s ? s : null;
    }
}
