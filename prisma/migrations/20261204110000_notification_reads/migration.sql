-- CreateTable
CREATE TABLE "NotificationRead" (
    "userId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "readAt" DATETIME NOT NULL,

    PRIMARY KEY ("userId", "key")
);

