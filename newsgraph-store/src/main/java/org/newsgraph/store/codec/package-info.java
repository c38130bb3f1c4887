/** JSON encoding of the model records for storage and exports (Jackson with mix-ins; the model stays dependency-free). */
package org.newsgraph.store.codec;
