-- CreateTable
CREATE TABLE "DigestRun" (
    "userId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "sentAt" DATETIME NOT NULL,

    PRIMARY KEY ("userId", "day")
);

