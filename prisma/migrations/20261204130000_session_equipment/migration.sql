-- CreateTable
CREATE TABLE "SessionEquipment" (
    "sessionId" TEXT NOT NULL,
    "equipmentId" TEXT NOT NULL,

    PRIMARY KEY ("sessionId", "equipmentId")
);

-- CreateIndex
CREATE INDEX "SessionEquipment_equipmentId_idx" ON "SessionEquipment"("equipmentId");

