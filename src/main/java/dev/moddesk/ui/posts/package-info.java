/** View → Posts…: the posts with their pending and total counts; a click filters the queue to one. */
package dev.moddesk.ui.posts;
