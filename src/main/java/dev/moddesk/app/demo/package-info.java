/** The built-in demo site: a deterministic, realistic defence-news blog and its comments, for a first start. */
package dev.moddesk.app.demo;
