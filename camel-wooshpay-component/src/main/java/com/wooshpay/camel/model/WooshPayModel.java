package com.wooshpay.camel.model;

/** Anything the API returns: a resource object or a list page. Camel converts these to JSON and to maps. */
public interface WooshPayModel {
}
